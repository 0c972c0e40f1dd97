import {
  to = awscc_pcaconnectorad_template.example
  identity = {
    template_arn = "template_arn"
  }
}
