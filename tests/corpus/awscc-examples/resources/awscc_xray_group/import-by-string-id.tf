import {
  to = awscc_xray_group.example
  id = "group_arn"
}