import {
  to = awscc_medialive_sdi_source.example
  identity = {
    id = "id"
  }
}
