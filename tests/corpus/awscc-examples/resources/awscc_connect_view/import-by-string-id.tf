import {
  to = awscc_connect_view.example
  id = "view_arn"
}