# t1595/bucket-configs: a bucket's configurations S3 lists by their own
# calls (ListBucketInventoryConfigurations, ListBucketMetricsConfigurations,
# ListBucketIntelligentTieringConfigurations), which terrace's conversion
# leaves out with a warning each: inventory.py lists them, so they are the
# differences (before it did, the twins said "same").
provider "aws" {
  region = "us-east-1"
}

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

resource "aws_s3_bucket" "data" {
  bucket = "twins-t1595-configs"
}

resource "aws_s3_bucket_inventory" "daily" {
  bucket                   = aws_s3_bucket.data.id
  name                     = "daily"
  included_object_versions = "Current"
  schedule {
    frequency = "Daily"
  }
  destination {
    bucket {
      format     = "CSV"
      bucket_arn = aws_s3_bucket.data.arn
    }
  }
}

resource "aws_s3_bucket_metric" "all" {
  bucket = aws_s3_bucket.data.id
  name   = "all"
}

resource "aws_s3_bucket_intelligent_tiering_configuration" "archive" {
  bucket = aws_s3_bucket.data.id
  name   = "archive"
  tiering {
    access_tier = "ARCHIVE_ACCESS"
    days        = 90
  }
}
