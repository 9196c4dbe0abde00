"""The desk's roles as Django groups, and the permissions each one holds."""

REVIEWERS = "Reviewers"
EDITORS = "Editors"
ADMINS = "Admins"

# Reviewers rate, note and link; editors also edit and dismiss claims and manage facts;
# admins also export and manage the verdict scale.
REVIEWER_PERMISSIONS = [
    "view_article", "view_claim", "view_claimant", "view_fact", "view_link", "view_outlet",
    "view_verdict", "view_verdictrating", "view_note",
    "add_verdict", "add_note", "add_link", "change_link",
    # Marking a claim the detector missed is part of reviewing; changing others' claims is not.
    "add_claim",
]
EDITOR_PERMISSIONS = REVIEWER_PERMISSIONS + [
    "change_claim", "add_fact", "change_fact", "add_claimant", "change_claimant",
    "add_claimantalias", "change_claimantalias",
]
ADMIN_PERMISSIONS = EDITOR_PERMISSIONS + [
    "add_article", "change_article", "delete_article", "add_outlet", "change_outlet",
    "add_verdictrating", "change_verdictrating", "delete_verdictrating", "delete_claimantalias",
    "delete_fact", "delete_link", "export_records",
]
ROLES = {REVIEWERS: REVIEWER_PERMISSIONS, EDITORS: EDITOR_PERMISSIONS, ADMINS: ADMIN_PERMISSIONS}


def sync_groups(groups, permissions):
    """Create the role groups and give each exactly its permissions (idempotent)."""
    for name, codenames in ROLES.items():
        group, _ = groups.get_or_create(name=name)
        perms = permissions.filter(content_type__app_label="factcheck", codename__in=codenames)
        group.permissions.set(perms)
