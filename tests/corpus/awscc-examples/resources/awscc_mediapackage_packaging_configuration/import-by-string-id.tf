import {
  to = awscc_mediapackage_packaging_configuration.example
  id = "id"
}