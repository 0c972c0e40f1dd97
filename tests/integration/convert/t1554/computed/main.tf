# The security-group module's computed rules (terraform-aws-modules/
# security-group main.tf, computed_ingress_with_source_security_group_id):
# a rule per element of a list of maps, counted by a number, its group
# read as the map's member by name, here a group made in the same run (the
# module's examples pass module.other_sg.security_group_id), not known
# until apply.
variable "number_of_computed_ingress_with_source_security_group_id" {
  default = 1
}
variable "ingress_prefix_list_ids" {
  default = []
}

resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "this" {
  name   = "t1554-computed"
  vpc_id = aws_vpc.this.id
}

resource "aws_security_group" "source" {
  name   = "t1554-computed-source"
  vpc_id = aws_vpc.this.id
}

locals {
  computed_ingress_with_source_security_group_id = [
    { from_port = 3306, to_port = 3306, protocol = "tcp", source_security_group_id = aws_security_group.source.id },
  ]
}

resource "aws_security_group_rule" "computed_ingress_with_source_security_group_id" {
  count                    = var.number_of_computed_ingress_with_source_security_group_id
  security_group_id        = aws_security_group.this.id
  type                     = "ingress"
  source_security_group_id = local.computed_ingress_with_source_security_group_id[count.index]["source_security_group_id"]
  prefix_list_ids          = var.ingress_prefix_list_ids
  from_port                = local.computed_ingress_with_source_security_group_id[count.index]["from_port"]
  to_port                  = local.computed_ingress_with_source_security_group_id[count.index]["to_port"]
  protocol                 = local.computed_ingress_with_source_security_group_id[count.index]["protocol"]
}
