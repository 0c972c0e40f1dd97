import {
  to = awscc_emr_studio.example
  id = "studio_id"
}