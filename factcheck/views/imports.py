"""Import from the browser: upload .txt files or paste a text, through the same pipeline as import_articles.

The form stages what it receives as a batch (a folder under the temp dir with a manifest), then the
batch page imports one file per request: each answer appends that file's result and asks for the next
(`hx-trigger="load"`), so a large upload shows real progress and a slow file never times out the
others. Each file is imported in its own transaction; a bad file is reported and the rest go on.
"""

import datetime as dt
import fcntl
import json
import logging
import re
import shutil
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

from django import forms
from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from ..importing import MAX_FILE_BYTES, ArticleFileError, decode_article_bytes, import_text, parse_article
from ..models import Outlet

logger = logging.getLogger(__name__)

PERMISSION = "factcheck.add_article"
BATCH_ID = re.compile(r"\A[0-9a-f]{32}\Z")
STALE_SECONDS = 24 * 3600
PASTED = "Pasted text"


def import_root() -> Path:
    return Path(getattr(settings, "FACTCHECK_IMPORT_DIR", "") or Path(tempfile.gettempdir()) / "factcheck-imports")


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class ImportForm(forms.Form):
    # Rendered here, read from request.FILES by the view (a form field holds one file).
    files = forms.FileField(
        required=False,
        label="Text files",
        help_text="One or many .txt files (UTF-8), up to 100 at a time.",
        widget=MultipleFileInput(attrs={"accept": ".txt,text/plain"}),
    )
    text = forms.CharField(
        required=False, label="Or paste a text", widget=forms.Textarea(attrs={"rows": 8}),
        help_text='May begin with "date YYYY-MM-DD", like the files.',
    )
    outlet = forms.CharField(required=False, max_length=200, help_text="Who published it; blank if unknown.")
    title = forms.CharField(required=False, max_length=500, help_text="Blank: the text's own headline.")
    published = forms.DateField(
        required=False, label="Date", widget=forms.DateInput(attrs={"type": "date"}),
        help_text='Blank: the text\'s "date" prefix, when it has one.',
    )
    url = forms.URLField(required=False, max_length=1000, label="URL", assume_scheme="https")

    def __init__(self, *args, file_count=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.file_count = file_count
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "form-control")
        self.fields["outlet"].widget.attrs["list"] = "known-outlets"

    def clean_text(self):
        # Browsers send a textarea's line breaks as CRLF: store the text as it was pasted.
        text = self.cleaned_data["text"].replace("\r\n", "\n")
        if text.strip():
            try:
                decode_article_bytes(text.encode("utf-8"))
                parse_article(text)
            except ArticleFileError as exc:
                raise forms.ValidationError(f"The pasted text cannot be imported: {exc}.") from None
        return text

    def clean(self):
        cleaned = super().clean()
        # The raw text counts even when it has an error of its own: both mistakes are shown at once.
        articles = self.file_count + (1 if self.data.get("text", "").strip() else 0)
        if not articles and not self.errors:
            raise forms.ValidationError("Choose one or more .txt files, or paste a text.")
        if articles > 1:
            for field in ("title", "url"):
                if cleaned.get(field):
                    self.add_error(field, f"A {field} belongs to one article: leave it blank when importing "
                                          f"{articles} texts, or import them one at a time.")
        return cleaned


class Batch:
    """Uploaded texts waiting to be imported, and the result of each one imported so far."""

    def __init__(self, batch_id: str, manifest: dict):
        self.id = batch_id
        self.dir = import_root() / batch_id
        self.manifest = manifest

    @classmethod
    def create(cls, user) -> "Batch":
        remove_stale_batches()
        batch = cls(uuid.uuid4().hex, {"user": user.pk, "created": time.time(), "ready": False, "metadata": {},
                                       "items": []})
        batch.dir.mkdir(parents=True, mode=0o700)
        batch.save()
        return batch

    @classmethod
    def load(cls, batch_id: str, user) -> "Batch":
        if not BATCH_ID.match(batch_id or ""):
            raise Http404("No such import.")
        try:
            manifest = json.loads((import_root() / batch_id / "manifest.json").read_text())
        except (OSError, ValueError):
            raise Http404("No such import (finished imports are kept for a day).") from None
        if manifest.get("user") != user.pk:
            raise Http404("No such import.")
        return cls(batch_id, manifest)

    def save(self):
        tmp = self.dir / "manifest.json.tmp"
        tmp.write_text(json.dumps(self.manifest))
        tmp.replace(self.dir / "manifest.json")

    def reload(self):
        self.manifest = json.loads((self.dir / "manifest.json").read_text())

    @contextmanager
    def locked(self):
        """One request at a time imports from a batch, so a file is never taken twice."""
        with open(self.dir / "lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                self.reload()
                yield self
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def add(self, name: str, data: bytes | None = None, *, error: str = "", pasted: bool = False):
        number = len(self.items) + 1
        item = {"number": number, "name": name, "pasted": pasted, "status": "pending", "reason": error}
        if data is not None and not error:
            item["stored"] = f"{number:05d}.txt"
            (self.dir / item["stored"]).write_bytes(data)
        self.items.append(item)

    def add_upload(self, upload):
        name = Path(upload.name or "unnamed").name
        if upload.size > MAX_FILE_BYTES:
            self.add(name, error=f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        else:
            self.add(name, b"".join(upload.chunks()))

    @property
    def items(self) -> list[dict]:
        return self.manifest["items"]

    @property
    def done(self) -> list[dict]:
        return [i for i in self.items if i["status"] != "pending"]

    def next_pending(self) -> dict | None:
        return next((i for i in self.items if i["status"] == "pending"), None)

    def counts(self) -> dict:
        counts = {"imported": 0, "unchanged": 0, "failed": 0}
        for item in self.done:
            counts[item["status"]] += 1
        return counts

    def import_next(self) -> dict | None:
        item = self.next_pending()
        if item is None:
            return None
        metadata = self.manifest["metadata"]
        try:
            if item["reason"]:
                raise ArticleFileError(item["reason"])
            if not item["pasted"] and not item["name"].lower().endswith(".txt"):
                raise ArticleFileError("not a .txt file")
            text = decode_article_bytes((self.dir / item["stored"]).read_bytes())
            result = import_text(
                text,
                source_name="" if item["pasted"] else item["name"],
                outlet=metadata.get("outlet"),
                title=metadata.get("title"),
                published=dt.date.fromisoformat(metadata["published"]) if metadata.get("published") else None,
                url=metadata.get("url", ""),
            )
        except ArticleFileError as exc:
            item.update(status="failed", reason=str(exc))
        except Exception:
            # The import ran in its own transaction and was rolled back; the other files go on.
            logger.exception("Import of %r in batch %s failed", item["name"], self.id)
            item.update(status="failed", reason="an unexpected error (logged for the admins)")
        else:
            item.update(
                status="imported" if result.created else "unchanged",
                article_id=result.article.pk,
                title=result.article.title,
                claims=result.claims,
            )
        if item.get("stored"):
            (self.dir / item["stored"]).unlink(missing_ok=True)
        self.save()
        return item


def remove_stale_batches():
    root = import_root()
    if not root.is_dir():
        return
    cutoff = time.time() - STALE_SECONDS
    for folder in root.iterdir():
        try:
            if BATCH_ID.match(folder.name) and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


def can_import(view):
    """Login is enforced by the middleware; importing also needs the add-article permission (Admins)."""

    def wrapped(request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return render(request, "import.html", {"forbidden": True}, status=403)
        return view(request, *args, **kwargs)

    wrapped.__name__, wrapped.__doc__ = view.__name__, view.__doc__
    return wrapped


def form_context(form, kept: Batch | None = None):
    return {
        "form": form,
        "kept": kept,
        "outlets": Outlet.objects.order_by("name").values_list("name", flat=True),
    }


@require_http_methods(["GET", "POST"])
@can_import
def import_articles(request):
    if request.method == "GET":
        return render(request, "import.html", form_context(ImportForm()))
    uploads = request.FILES.getlist("files")
    kept = None
    if request.POST.get("kept"):
        try:
            kept = Batch.load(request.POST["kept"], request.user)
        except Http404:
            kept = None
        if kept and kept.manifest["ready"]:
            kept = None
    form = ImportForm(request.POST, file_count=len(uploads) + (len(kept.items) if kept else 0))
    batch = kept
    if uploads:
        # Stored before the form is checked: a mistake in a field never makes anyone choose the files again.
        batch = batch or Batch.create(request.user)
        for upload in uploads:
            batch.add_upload(upload)
        batch.save()
    if not form.is_valid():
        return render(request, "import.html", form_context(form, batch))
    batch = batch or Batch.create(request.user)
    if form.cleaned_data["text"].strip():
        batch.add(PASTED, form.cleaned_data["text"].encode("utf-8"), pasted=True)
    published = form.cleaned_data["published"]
    batch.manifest.update(
        ready=True,
        metadata={
            "outlet": form.cleaned_data["outlet"].strip(),
            "title": form.cleaned_data["title"].strip(),
            "published": published.isoformat() if published else "",
            "url": form.cleaned_data["url"],
        },
    )
    batch.save()
    return redirect("import_batch", batch=batch.id)


def batch_context(batch: Batch, new_items=()):
    done = len(batch.done)
    total = len(batch.items)
    return {
        "batch": batch,
        "items": batch.done,
        "new_items": new_items,
        "next_item": batch.next_pending(),
        "done_count": done,
        "total": total,
        "counts": batch.counts(),
        "metadata": batch.manifest["metadata"],
    }


@require_http_methods(["GET"])
@can_import
def import_batch(request, batch):
    batch = Batch.load(batch, request.user)
    if not batch.manifest["ready"]:
        return redirect("import_articles")
    return render(request, "import.html", batch_context(batch))


@require_POST
@can_import
def import_next(request, batch):
    """Import the batch's next file; htmx gets that file's line, the next trigger and the progress."""
    batch = Batch.load(batch, request.user)
    if not batch.manifest["ready"]:
        raise Http404("This import has not been submitted.")
    with batch.locked():
        item = batch.import_next()
    if not request.htmx:
        return redirect("import_batch", batch=batch.id)
    context = batch_context(batch, [item] if item else [])
    context["oob"] = True
    return render(request, "import.html#step", context)
