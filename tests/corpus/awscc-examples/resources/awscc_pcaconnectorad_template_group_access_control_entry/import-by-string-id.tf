import {
  to = awscc_pcaconnectorad_template_group_access_control_entry.example
  id = "group_security_identifier|template_arn"
}