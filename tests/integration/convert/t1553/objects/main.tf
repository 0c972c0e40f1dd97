module "net" {
  source = "./net"
}

output "ids_of_objects" {
  value = [for s in module.net.private_subnet_objects : s.id]
}

output "cidrs_of_objects" {
  value = [for s in module.net.private_subnet_objects : cidrhost(s.cidr_block, 10)]
}

output "ids" {
  value = module.net.private_subnets
}

output "vpc_id" {
  value = module.net.vpc_object.id
}
