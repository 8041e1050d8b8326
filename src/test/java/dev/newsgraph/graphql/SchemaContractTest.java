package dev.newsgraph.graphql;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema is a contract: the served schema must equal the committed snapshot, so every API change is a
 * reviewed diff, and every type, field, argument and enum value must be described. After an intended
 * change, refresh the snapshot with {@code ./mvnw test -Dtest=SchemaContractTest -Dupdate-schema-snapshot=true}.
 */
@QuarkusTest
class SchemaContractTest {

    private static final String SNAPSHOT = "graphql/schema.graphql";
    private static final Path SNAPSHOT_SOURCE = Path.of("src/main/resources", SNAPSHOT);

    @Test
    void servedSchemaMatchesTheCommittedSnapshot() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("update-schema-snapshot")) {
            Files.writeString(SNAPSHOT_SOURCE, served, StandardCharsets.UTF_8);
            return; // the class path still holds the old copy until the next build
        }
        String committed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SNAPSHOT)) {
            assertThat(in).as("committed snapshot " + SNAPSHOT).isNotNull();
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!served.equals(committed)) {
            Path actual = Path.of("target", "schema.graphql.served");
            Files.writeString(actual, served, StandardCharsets.UTF_8);
            assertThat(served).as("The served schema differs from " + SNAPSHOT_SOURCE + " (served copy: " + actual
                    + "). If the change is intended, run with -Dupdate-schema-snapshot=true and commit the diff.")
                    .isEqualTo(committed);
        }
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        TypeDefinitionRegistry registry = new SchemaParser().parse(served);
        List<String> undescribed = new ArrayList<>();
        for (TypeDefinition<?> type : registry.types().values()) {
            String name = type.getName();
            boolean root = name.equals("Query") || name.equals("Mutation");
            if (type instanceof ObjectTypeDefinition object) {
                check(root ? null : object.getDescription(), root ? null : name, undescribed);
                for (FieldDefinition f : object.getFieldDefinitions()) {
                    check(f.getDescription(), name + "." + f.getName(), undescribed);
                    for (InputValueDefinition a : f.getInputValueDefinitions()) {
                        check(a.getDescription(), name + "." + f.getName() + "(" + a.getName() + ")", undescribed);
                    }
                }
            } else if (type instanceof InputObjectTypeDefinition input) {
                check(input.getDescription(), name, undescribed);
                for (InputValueDefinition f : input.getInputValueDefinitions()) {
                    check(f.getDescription(), name + "." + f.getName(), undescribed);
                }
            } else if (type instanceof EnumTypeDefinition e) {
                check(e.getDescription(), name, undescribed);
                for (EnumValueDefinition v : e.getEnumValueDefinitions()) {
                    check(v.getDescription(), name + "." + v.getName(), undescribed);
                }
            }
        }
        assertThat(undescribed).as("schema elements without a description").isEmpty();
    }

    private static void check(Description d, String what, List<String> undescribed) {
        if (what != null && (d == null || d.getContent() == null || d.getContent().isBlank())) {
            undescribed.add(what);
        }
    }
}
