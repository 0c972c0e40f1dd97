import {
  to = awscc_connect_view.example
  identity = {
    view_arn = "view_arn"
  }
}
