import {
  to = awscc_connect_instance.example
  id = "arn"
}