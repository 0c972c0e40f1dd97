import {
  to = awscc_mediapackage_packaging_configuration.example
  identity = {
    id = "id"
  }
}
