# t1595/needs-random: a configuration Terraform cannot init from the
# machine's mirror (hashicorp/random is not in it): the twin apply counts it
# as "could not apply", never as same.
resource "random_pet" "suffix" {}

resource "aws_sns_topic" "t" {
  name = "twins-t1595-${random_pet.suffix.id}"
}
