import {
  to = awscc_appstream_application.example
  id = "arn"
}