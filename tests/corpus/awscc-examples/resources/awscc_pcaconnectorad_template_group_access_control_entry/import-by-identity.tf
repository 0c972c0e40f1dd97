import {
  to = awscc_pcaconnectorad_template_group_access_control_entry.example
  identity = {
    group_security_identifier = "group_security_identifier"
    template_arn              = "template_arn"
  }
}
