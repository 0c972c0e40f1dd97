# t1595/terraform: a small Terraform configuration for the twin apply
# (tests/twins/twins.py): a bucket with versioning and encryption, a topic,
# a role with an inline policy, a log group with a retention.
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

resource "aws_s3_bucket" "logs" {
  bucket = "twins-t1595-logs"
  tags = {
    team = "data"
  }
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_sns_topic" "alerts" {
  name = "twins-t1595-alerts"
}

resource "aws_iam_role" "reader" {
  name = "twins-t1595-reader"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy" "reader" {
  name = "read-logs"
  role = aws_iam_role.reader.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:ListBucket"]
      Resource = [aws_s3_bucket.logs.arn, "${aws_s3_bucket.logs.arn}/*"]
    }]
  })
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/twins/t1595/app"
  retention_in_days = 14
}
