"""URLs of Factcheck desk; the names here are part of the product's contract (see SPEC.md)."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

urlpatterns = [
    path("", views.article_list, name="article_list"),
    path("articles/<int:pk>/", views.article_detail, name="article_detail"),
    path("claims/", views.claim_list, name="claim_list"),
    path("articles/<int:pk>/claims/", views.article_claim_create, name="article_claim_create"),
    path("claims/<int:pk>/verdicts/", views.claim_verdict, name="claim_verdict"),
    path("claims/<int:pk>/notes/", views.claim_note, name="claim_note"),
    path("claims/<int:pk>/edit/", views.claim_edit, name="claim_edit"),
    path("claims/<int:pk>/dismiss/", views.claim_dismiss, name="claim_dismiss"),
    path("facts/<int:pk>/notes/", views.fact_note, name="fact_note"),
    path("claims/<int:pk>/links/", views.claim_links, name="claim_links"),
    path("claims/<int:pk>/link-candidates/", views.claim_link_candidates, name="claim_link_candidates"),
    path("claims/<int:pk>/fact/", views.claim_fact, name="claim_fact"),
    path("links/<int:pk>/confirm/", views.link_decision, {"decision": "confirm"}, name="link_confirm"),
    path("links/<int:pk>/reject/", views.link_decision, {"decision": "reject"}, name="link_reject"),
    path("facts/", views.fact_list, name="fact_list"),
    path("facts/<int:pk>/", views.fact_detail, name="fact_detail"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("claimreview.json", views.claimreview_json, name="claimreview_json"),
    path("annotations.jsonld", views.annotations_jsonld, name="annotations_bulk"),
    path("articles/<int:pk>/annotations.jsonld", views.article_annotations_jsonld, name="article_annotations"),
    path("import/", views.import_articles, name="import_articles"),
    path("import/<str:batch>/", views.import_batch, name="import_batch"),
    path("import/<str:batch>/next/", views.import_next, name="import_next"),
]
