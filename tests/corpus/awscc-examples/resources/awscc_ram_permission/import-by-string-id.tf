import {
  to = awscc_ram_permission.example
  id = "arn"
}