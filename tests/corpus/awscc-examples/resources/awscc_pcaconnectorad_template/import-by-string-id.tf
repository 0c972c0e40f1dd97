import {
  to = awscc_pcaconnectorad_template.example
  id = "template_arn"
}