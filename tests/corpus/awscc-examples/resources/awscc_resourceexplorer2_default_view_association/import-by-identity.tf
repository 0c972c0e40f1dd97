import {
  to = awscc_resourceexplorer2_default_view_association.example
  identity = {
    associated_aws_principal = "associated_aws_principal"
  }
}
