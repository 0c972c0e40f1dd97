import {
  to = awscc_ram_resource_share.example
  identity = {
    arn = "arn"
  }
}
