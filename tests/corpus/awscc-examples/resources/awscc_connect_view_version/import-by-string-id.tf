import {
  to = awscc_connect_view_version.example
  id = "view_version_arn"
}