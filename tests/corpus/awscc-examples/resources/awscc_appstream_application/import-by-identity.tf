import {
  to = awscc_appstream_application.example
  identity = {
    arn = "arn"
  }
}
