import {
  to = awscc_ses_vdm_attributes.example
  identity = {
    vdm_attributes_resource_id = "vdm_attributes_resource_id"
  }
}
