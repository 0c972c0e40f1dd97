import {
  to = awscc_mediapackage_asset.example
  id = "id"
}