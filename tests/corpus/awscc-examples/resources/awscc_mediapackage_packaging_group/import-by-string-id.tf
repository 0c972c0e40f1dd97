import {
  to = awscc_mediapackage_packaging_group.example
  id = "id"
}