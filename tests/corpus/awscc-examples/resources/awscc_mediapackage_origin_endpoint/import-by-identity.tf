import {
  to = awscc_mediapackage_origin_endpoint.example
  identity = {
    id = "id"
  }
}
