import {
  to = awscc_connect_quick_connect.example
  id = "quick_connect_arn"
}