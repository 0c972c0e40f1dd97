import {
  to = awscc_ram_permission.example
  identity = {
    arn = "arn"
  }
}
