import {
  to = awscc_mediapackage_asset.example
  identity = {
    id = "id"
  }
}
