terraform {
  required_providers {
    awscc = { source = "hashicorp/awscc" }
  }
  backend "s3" {
    bucket = "tf-state"
  }
}

module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
}

resource "random_id" "suffix" {
  byte_length = 4
}

data "aws_iam_role" "admin" {
  name = "admin"
}

resource "awscc_sqs_queue" "jobs" {
  queue_name = "jobs-${random_id.suffix.hex}"
  tags       = [{ key = "stamp", value = plantimestamp() }]
  provisioner "local-exec" {
    command = "echo made"
  }
}

resource "aws_instance" "bastion" {
  ami = "ami-12345678"
}
