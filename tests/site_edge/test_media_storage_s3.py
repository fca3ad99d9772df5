"""Media through Django's default storage configured from MEDIA_STORAGE_URL, against a real
S3-compatible server (S3Proxy: `S3PROXY_PORT=8091 bash ops/s3proxy.sh start`, then
S3_TEST_URL=`bash ops/s3proxy.sh url`). Under CI=true a missing server fails the tests (.ci/run
starts it); elsewhere they are skipped.

Each test works in a bucket of its own that does not exist yet, so the storage must create it.
"""

import io
import os
import uuid
from urllib.parse import urlsplit, urlunsplit

import boto3
import pytest
import requests
from botocore.config import Config
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from config.media_storage import media_storage_settings
from tests.conftest import running_in_ci


def _server_answers(url):
    parts = urlsplit(url)
    try:
        requests.get(f"http://{parts.hostname}:{parts.port}/", timeout=3)
    except requests.RequestException:
        return False
    return True


@pytest.fixture
def s3_url():
    url = os.environ.get("S3_TEST_URL", "")
    if not url or not _server_answers(url):
        message = "S3Proxy is not running: S3PROXY_PORT=8091 bash ops/s3proxy.sh start, S3_TEST_URL"
        if running_in_ci():
            pytest.fail(message)
        pytest.skip(message)
    parts = urlsplit(url)
    # A bucket of this test's own, which does not exist yet.
    return urlunsplit(parts._replace(path=f"/mikser-test-{uuid.uuid4().hex[:12]}"))


@pytest.fixture
def client_of(s3_url):
    """A plain boto3 client for the same server, to look behind the storage's back."""
    parts = urlsplit(s3_url)
    client = boto3.client(
        "s3",
        endpoint_url=f"http://{parts.hostname}:{parts.port}",
        aws_access_key_id=parts.username,
        aws_secret_access_key=parts.password,
        region_name="us-east-1",
        config=Config(s3={"addressing_style": "path"}),
    )
    yield client, parts.path.strip("/")


@pytest.fixture
def s3_media(settings, s3_url, client_of):
    settings.MEDIA_URL = "/media/"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": media_storage_settings(f"{s3_url}?acl=public-read", "/media/"),
    }
    yield
    client, bucket = client_of
    for item in client.list_objects_v2(Bucket=bucket).get("Contents", []):
        client.delete_object(Bucket=bucket, Key=item["Key"])
    client.delete_bucket(Bucket=bucket)


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(buffer, format="PNG")
    return buffer.getvalue()


def test_an_image_is_saved_read_back_served_and_deleted(s3_media, s3_url, client_of):
    client, bucket = client_of
    data = png_bytes()

    name = default_storage.save("original_images/teal.png", ContentFile(data))

    assert name == "original_images/teal.png"
    # It is in the bucket (which the storage created), public, under the path-style address.
    assert client.head_object(Bucket=bucket, Key=name)["ContentLength"] == len(data)
    parts = urlsplit(s3_url)
    public = requests.get(f"http://{parts.hostname}:{parts.port}/{bucket}/{name}", timeout=10)
    assert public.status_code == 200 and public.content == data
    # Read back through the storage.
    assert default_storage.exists(name)
    assert default_storage.size(name) == len(data)
    with default_storage.open(name, "rb") as stored:
        assert stored.read() == data
    with Image.open(default_storage.open(name, "rb")) as image:
        assert image.size == (40, 30)
    # The URL is MEDIA_URL + key: no presigned query, no S3 host.
    assert default_storage.url(name) == "/media/original_images/teal.png"
    assert default_storage.url("images/a b.png") == "/media/images/a%20b.png"

    default_storage.delete(name)

    assert not default_storage.exists(name)
    assert client.list_objects_v2(Bucket=bucket).get("KeyCount", 0) == 0


def test_a_second_file_of_the_same_name_gets_a_name_of_its_own(s3_media, client_of):
    client, bucket = client_of
    first = default_storage.save("images/same.png", ContentFile(png_bytes()))
    second = default_storage.save("images/same.png", ContentFile(b"not the first"))

    assert first == "images/same.png"
    assert second != first and second.startswith("images/same")
    with default_storage.open(first, "rb") as stored:
        assert stored.read() == png_bytes()
    keys = {item["Key"] for item in client.list_objects_v2(Bucket=bucket)["Contents"]}
    assert keys == {first, second}
