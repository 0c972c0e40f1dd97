import {
  to = awscc_connect_quick_connect.example
  identity = {
    quick_connect_arn = "quick_connect_arn"
  }
}
