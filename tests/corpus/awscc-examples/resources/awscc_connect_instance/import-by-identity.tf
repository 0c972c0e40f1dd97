import {
  to = awscc_connect_instance.example
  identity = {
    arn = "arn"
  }
}
