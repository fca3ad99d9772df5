"""The submitter's private pages, under each language prefix (config/urls.py)."""

from django.urls import path

from showcase.submissions import views

urlpatterns = [
    path("submissions/held/<str:token>/", views.held_preview, name="submission_held_image"),
    path("submissions/<str:token>/", views.status, name="submission_status"),
    path("submissions/<str:token>/withdraw/", views.withdraw, name="submission_withdraw"),
    path("submissions/<str:token>/download/", views.download, name="submission_download"),
]
