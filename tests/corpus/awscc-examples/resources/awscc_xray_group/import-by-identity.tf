import {
  to = awscc_xray_group.example
  identity = {
    group_arn = "group_arn"
  }
}
