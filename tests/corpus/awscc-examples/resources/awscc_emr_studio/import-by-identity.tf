import {
  to = awscc_emr_studio.example
  identity = {
    studio_id = "studio_id"
  }
}
