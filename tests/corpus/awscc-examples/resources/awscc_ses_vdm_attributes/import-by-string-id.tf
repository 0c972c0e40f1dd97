import {
  to = awscc_ses_vdm_attributes.example
  id = "vdm_attributes_resource_id"
}