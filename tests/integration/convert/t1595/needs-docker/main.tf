# t1595/needs-docker: a configuration Terraform cannot init from the
# machine's mirrors (kreuzwerker/docker is in neither /opt/tf-plugins nor
# the one tests/servers/build-tf-providers.sh builds): the twin apply counts
# it as "could not apply", never as same.
terraform {
  required_providers {
    docker = { source = "kreuzwerker/docker" }
  }
}

resource "aws_sns_topic" "t" {
  name = "twins-t1595-needs-docker"
}
