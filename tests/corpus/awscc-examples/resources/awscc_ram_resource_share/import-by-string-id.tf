import {
  to = awscc_ram_resource_share.example
  id = "arn"
}