# The form branch (link kinds) and the back-office branch (decline reason) each added a 0006.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('showcase', '0006_link_kinds_dribbble_github_vimeo_youtube'),
        ('showcase', '0006_submission_decline_reason'),
    ]

    operations = [
    ]
