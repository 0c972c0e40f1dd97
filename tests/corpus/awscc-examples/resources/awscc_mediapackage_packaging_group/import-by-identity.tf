import {
  to = awscc_mediapackage_packaging_group.example
  identity = {
    id = "id"
  }
}
