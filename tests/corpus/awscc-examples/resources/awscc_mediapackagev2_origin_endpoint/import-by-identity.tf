import {
  to = awscc_mediapackagev2_origin_endpoint.example
  identity = {
    arn = "arn"
  }
}
