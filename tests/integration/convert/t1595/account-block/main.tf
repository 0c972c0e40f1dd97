# t1595/account-block: the account's S3 Block Public Access (S3 Control,
# whose endpoint puts the account id before the host), which twins.py's
# provider block reaches through moto as its HTTP proxy and inventory.py
# lists; terrace's conversion leaves it out, so it is the one difference.
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

resource "aws_s3_account_public_access_block" "this" {
  block_public_acls   = true
  block_public_policy = true
}
