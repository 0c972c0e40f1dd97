import {
  to = awscc_resourceexplorer2_default_view_association.example
  id = "associated_aws_principal"
}