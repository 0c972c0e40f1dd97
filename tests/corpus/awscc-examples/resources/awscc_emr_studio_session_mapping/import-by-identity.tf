import {
  to = awscc_emr_studio_session_mapping.example
  identity = {
    studio_id     = "studio_id"
    identity_type = "identity_type"
    identity_name = "identity_name"
  }
}
