import {
  to = awscc_emr_studio_session_mapping.example
  id = "studio_id|identity_type|identity_name"
}