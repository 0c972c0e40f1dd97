import {
  to = awscc_connect_view_version.example
  identity = {
    view_version_arn = "view_version_arn"
  }
}
