resource "awscc_securityhub_hub" "example" {}
