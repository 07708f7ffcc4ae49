"""Organizations: every body, abbreviations expanded, province scoping and hierarchy."""

from __future__ import annotations

from tests.fixtures_officials import officials, persons_of, posts_of


def _orgs(ex) -> dict[str, object]:
    return {o.written: o for o in ex.organizations}


def test_every_body_including_those_inside_titles():
    ex = officials("Ông Lê Văn An, Bí thư Tỉnh ủy, báo cáo Bộ Chính trị về hoạt động của UBMTTQ và "
                   "Mặt trận Tổ quốc Việt Nam.")
    assert {o.name for o in ex.organizations} == {
        "Tỉnh ủy", "Bộ Chính trị", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam"}


def test_abbreviations_are_expanded_and_written_form_kept():
    ex = officials("Đại diện HĐND, UBND tỉnh Bình Định, LĐLĐ tỉnh, Ủy ban kiểm tra T.Ư và BCH Trung ương "
                   "Đảng.")
    got = {o.written: o.name for o in ex.organizations}
    assert got["UBND tỉnh Bình Định"] == "Ủy ban nhân dân tỉnh Bình Định"
    assert got["LĐLĐ tỉnh"].startswith("Liên đoàn Lao động tỉnh")
    assert got["Ủy ban kiểm tra T.Ư"] == "Ủy ban Kiểm tra Trung ương"
    assert got["BCH Trung ương Đảng"] == "Ban Chấp hành Trung ương Đảng"


def test_generic_plurals_are_not_bodies():
    ex = officials("Lãnh đạo các sở, ngành, các tỉnh ủy và các Bộ, ngành dự hội nghị.")
    assert ex.organizations == []


def test_province_from_the_report_metadata():
    ex = officials("Ông Lê Văn An, Chủ tịch UBND tỉnh, phát biểu.", province="Bình Định")
    o = _orgs(ex)["UBND tỉnh"]
    assert (o.name, o.province, o.scope) == ("Ủy ban nhân dân tỉnh Bình Định", "Bình Định", "province")


def test_province_unknown_stays_scoped_to_the_report():
    ex = officials("Ông Lê Văn An, Bí thư Tỉnh ủy, phát biểu.")
    o = _orgs(ex)["Tỉnh ủy"]
    assert (o.name, o.province, o.scope) == ("Tỉnh ủy", None, "report")


def test_province_from_the_text_when_its_bodies_name_one():
    ex = officials("UBND tỉnh Quảng Nam và Tỉnh ủy Quảng Nam họp. Chủ tịch UBND tỉnh kết luận.")
    names = {o.written: (o.name, o.scope) for o in ex.organizations}
    assert names["UBND tỉnh"] == ("Ủy ban nhân dân tỉnh Quảng Nam", "province")


def test_central_bodies_are_national():
    ex = officials("Bộ Chính trị và Chính phủ chỉ đạo.", province="Bình Định")
    assert {(o.name, o.scope, o.province) for o in ex.organizations} == {
        ("Bộ Chính trị", "national", None), ("Chính phủ", "national", None)}


def test_hierarchy_rules():
    ex = officials("Ban Dân vận Tỉnh ủy, Ban Thường vụ Tỉnh ủy, Sở Tài chính và Bộ Chính trị làm việc với "
                   "UBND tỉnh; Ban Chấp hành Trung ương Đảng họp.", province="Nghệ An")
    o = _orgs(ex)
    assert o["Ban Dân vận Tỉnh ủy"].parent.name == "Tỉnh ủy Nghệ An"
    assert o["Ban Thường vụ Tỉnh ủy"].parent.name == "Tỉnh ủy Nghệ An"  # the Tỉnh ủy is the Ban Chấp hành
    assert o["Sở Tài chính"].parent.name == "Ủy ban nhân dân tỉnh Nghệ An"
    assert o["Bộ Chính trị"].parent.name == "Ban Chấp hành Trung ương Đảng"


def test_a_parent_the_text_does_not_write_is_no_body_of_the_report():
    ex = officials("Sở Tài chính và Bộ Chính trị làm việc.", province="Nghệ An")
    o = _orgs(ex)
    assert (o["Sở Tài chính"].parent, o["Bộ Chính trị"].parent) == (None, None)
    assert {m.name for m in ex.organizations} == {"Sở Tài chính tỉnh Nghệ An", "Bộ Chính trị"}


def test_a_party_body_inside_a_state_body_belongs_to_the_party():
    ex = officials("Đảng đoàn Quốc hội và Ban cán sự đảng Chính phủ báo cáo Ban Chấp hành Trung ương.")
    o = _orgs(ex)
    assert o["Đảng đoàn Quốc hội"].parent.name == "Ban Chấp hành Trung ương Đảng"
    assert o["Ban cán sự đảng Chính phủ"].parent.name == "Ban Chấp hành Trung ương Đảng"


def test_categories_and_english_names_come_from_the_data():
    ex = officials("Tỉnh ủy Bình Định, UBND tỉnh Bình Định và UBMTTQ tỉnh Bình Định phối hợp.")
    got = {o.kind: (o.category, o.name_en) for o in ex.organizations}
    assert got["tinh_uy"] == ("party", "Bình Định Provincial Party Committee")
    assert got["ubnd"] == ("state", "Bình Định People's Committee")
    assert got["ubmttq"][0] == "front"


def test_named_bodies_with_lower_case_words():
    ex = officials("Ông Lê Văn Hòa công tác tại Tạp chí Cộng sản và Tổng công ty Khoáng sản và thương mại "
                   "Hà Tĩnh.")
    assert {o.written for o in ex.organizations} == {
        "Tạp chí Cộng sản", "Tổng công ty Khoáng sản và thương mại Hà Tĩnh"}


def test_a_person_after_a_party_committee_is_not_its_place():
    ex = officials("Bí thư Tỉnh ủy Nguyễn Chí Dũng và Bí thư Thành ủy Quy Nhơn Trần Văn Hùng dự.")
    assert {o.written for o in ex.organizations} == {"Tỉnh ủy", "Thành ủy Quy Nhơn"}


def test_a_body_without_place_takes_the_province_of_the_same_persons_other_title():
    ex = officials("Ông Hồ Văn Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Định, phát biểu.")
    assert {(p.role, p.org.name) for p in ex.posts} == {("Phó Bí thư", "Tỉnh ủy Bình Định"),
                                                        ("Chủ tịch", "Ủy ban nhân dân tỉnh Bình Định")}


def test_a_provincial_party_committee_is_not_placed_in_a_city():
    ex = officials("UBND TP Hồ Chí Minh và Thành ủy TP Hồ Chí Minh họp; Tỉnh ủy cũng dự.")
    tinh_uy = next(o for o in ex.organizations if o.kind == "tinh_uy")
    assert (tinh_uy.name, tinh_uy.scope) == ("Tỉnh ủy", "report")


def test_abbreviations_that_are_words_match_only_in_capitals():
    ex = officials("Ông Lê Văn Lộc, Bộ trưởng Tư pháp, và ông Trần Văn Hà, Ủy viên TƯ Đảng, dự.")
    assert {(p.role, p.org.name) for p in ex.posts} == {("Bộ trưởng", "Bộ Tư pháp"),
                                                        ("Ủy viên", "Ban Chấp hành Trung ương Đảng")}


def test_a_district_name_that_starts_like_a_person():
    ex = officials("Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND huyện Thạch Thành kiểm tra.")
    assert ex.persons == [] and "Ủy ban nhân dân huyện Thạch Thành" in {o.name for o in ex.organizations}


def test_a_district_gives_its_province_and_is_not_a_person():
    ex = officials("Huyện ủy Tuy Phước và UBND Quận 2 họp; khu du lịch Sơn Trà đón khách.")
    got = {o.name: (o.province, o.scope) for o in ex.organizations}
    assert got["Huyện ủy Tuy Phước"] == ("Bình Định", "province")
    assert "Ủy ban nhân dân quận 2" in got
    assert ex.persons == []


def test_a_bare_district_body_is_the_district_the_report_names():
    ex = officials("Ông Ngô Xuân Đông, Chủ tịch UBND huyện Krông Nô, bị kỷ luật. Phó Chủ tịch UBND huyện "
                   "Trần Đăng Ánh cũng bị khiển trách.")
    assert {(p.person.name, p.org.name, p.org.province) for p in ex.posts} == {
        ("Ngô Xuân Đông", "Ủy ban nhân dân huyện Krông Nô", "Đắk Nông"),
        ("Trần Đăng Ánh", "Ủy ban nhân dân huyện Krông Nô", "Đắk Nông")}


def test_a_school_keeps_its_kind_as_written():
    ex = officials("Bà Lê Thị Tuyên, Phó hiệu trưởng Trường THPT Hoàng Văn Thụ, phát biểu.")
    assert [p.org.name for p in ex.posts] == ["Trường THPT Hoàng Văn Thụ"]


def test_a_persons_bodies_are_in_the_one_province_their_other_titles_name():
    ex = officials("Tỉnh ủy Khánh Hòa họp; UBND tỉnh Khánh Hòa; Tỉnh ủy Khánh Hòa kết luận. Đồng chí Trịnh Thị Ngọc "
                   "Lan, Phó Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh Đồng Nai. Khi còn đảm nhiệm "
                   "cương vị Giám đốc Sở Công thương, đồng chí Lan được khen thưởng.")
    assert {p.org.name for p in ex.posts} == {"Tỉnh ủy Đồng Nai", "Đoàn đại biểu Quốc hội tỉnh Đồng Nai",
                                              "Sở Công Thương tỉnh Đồng Nai"}


def test_a_known_district_after_a_district_committee_then_the_person():
    ex = officials("Bí thư Huyện ủy Thuận Thành Ngô Tân Phượng cho biết.")
    assert [(p.person.name, p.org.name, p.org.province) for p in ex.posts] == [
        ("Ngô Tân Phượng", "Huyện ủy Thuận Thành", "Bắc Ninh")]


def test_a_foreign_body_is_not_the_vietnamese_one():
    ex = officials("Quốc hội Việt Nam họp. Bộ Ngoại giao Mỹ lên tiếng. Thủ tướng Chính phủ Nhật Bản Shinzo Abe dự.")
    got = {o.written: (o.name, o.parent.name if o.parent else None) for o in ex.organizations}
    assert got["Quốc hội Việt Nam"] == ("Quốc hội", None)
    assert got["Bộ Ngoại giao Mỹ"] == ("Bộ Ngoại giao Mỹ", None)
    assert [(p.person.name, p.org.name) for p in ex.posts] == [("Shinzo Abe", "Chính phủ Nhật Bản")]


def test_terms_and_places_after_a_named_body_are_not_its_name():
    ex = officials("Ông Trần Quang Vinh, Chủ tịch Hội Luật gia tỉnh khoá III, dự. Ông Tạ Minh Châu giữ chức "
                   "vụ Chủ tịch Hội đồng Đại học Huế nhiệm kỳ 2022 - 2027.")
    # (since round 26 "tỉnh" is the association's place, as "UBND tỉnh"'s: audit22 vietnews-0004; the
    # term after it still is not its name)
    assert {p.org.name for p in ex.posts} == {"Hội Luật gia tỉnh", "Hội đồng Đại học Huế"}


def test_the_issuer_code_inside_a_document_symbol_is_not_an_organization():
    from kg.loaders.extract.pipeline import extract
    from kg.model import Report, Span

    text = "Ông Phạm Văn An trao Quyết định số 1875/QĐ-UBND của UBND tỉnh Bình Định."
    ex = extract(Report(id="r", text=text, source_file="r.txt", sentences=[Span(0, len(text))]))
    assert [o.written for o in ex.organizations] == ["UBND tỉnh Bình Định"]


def test_the_ways_of_writing_one_field_name_one_body():
    ex = officials("Bộ trưởng Bộ KH-ĐT Lê Văn An, Thứ trưởng Bộ Kế hoạch Đầu tư Trần Văn Bình và Vụ trưởng "
                   "Bộ Kế hoạch và Đầu tư Hà Văn Cường; Giám đốc Sở TN&MT Lý Văn Dũng, Bộ trưởng Bộ GD&ĐT "
                   "Võ Văn Em.")
    assert {p.org.name for p in ex.posts} == {"Bộ Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường",
                                              "Bộ Giáo dục và Đào tạo"}
    assert {p.org.written for p in ex.posts} >= {"Bộ KH-ĐT", "Bộ Kế hoạch Đầu tư", "Bộ GD&ĐT"}


def test_a_dotted_abbreviation_ends_no_name():
    ex = officials("Ông Lê Văn An, Chủ tịch Hội đồng Lý luận T.Ư báo cáo.")
    assert [p.org.written for p in ex.posts] == ["Hội đồng Lý luận T.Ư"]


def test_a_name_runs_on_through_lower_case_words_to_its_last_capital():
    ex = officials("Ông Lê Văn Hòa làm việc với Ban Chỉ đạo Cải cách hành chính Trung ương và Công ty "
                   "TNHH Khai thác và Chế biến đá Núi Xanh.")
    assert {o.written for o in ex.organizations} >= {
        "Ban Chỉ đạo Cải cách hành chính Trung ương", "Công ty TNHH Khai thác và Chế biến đá Núi Xanh"}


def test_a_name_ends_before_a_lower_case_tail_that_no_capital_closes():
    ex = officials("Công ty Sông Xanh đổ đất vào suối Cát, Tập đoàn Ravitex mở rộng Dự án Sao Mai.")
    assert {o.written for o in ex.organizations} == {"Công ty Sông Xanh", "Tập đoàn Ravitex"}


def test_words_that_look_like_places_inside_a_name():
    ex = officials("Liên minh Hợp tác xã Việt Nam và Viện Khoa học xã hội vùng Nam Bộ ký kết.")
    assert {o.written for o in ex.organizations} == {
        "Liên minh Hợp tác xã Việt Nam", "Viện Khoa học xã hội vùng Nam Bộ"}


def test_a_name_in_lower_case_after_a_bloc_committee():
    ex = officials("Đảng ủy Khối cơ quan Trung ương và Đảng bộ Khối doanh nghiệp Trung ương đều đạt.")
    assert {o.written for o in ex.organizations} == {
        "Đảng ủy Khối cơ quan Trung ương", "Đảng bộ Khối doanh nghiệp Trung ương"}


def test_a_person_after_a_generic_head_is_not_its_name():
    ex = officials("Chủ nhiệm Ủy ban Trần Văn Lộc trả lời báo chí.")
    assert [o.written for o in ex.organizations if o.written.startswith("Ủy ban")] == []
    assert [p.name for p in ex.persons] == ["Trần Văn Lộc"]


def test_a_publisher_after_an_agency_slash_is_not_a_symbol():
    ex = officials("Đoàn thăm một số cơ sở văn hóa. TTXVN/Tin Tức")
    assert "Tin Tức" in {o.written for o in ex.organizations}
    assert [p.name for p in ex.persons] == []


def test_a_name_read_in_full_once_is_read_in_full_where_an_unknown_verb_follows():
    ex = officials("Công ty TNHH Chế biến và Xuất khẩu hạt điều Phú Lâm (PLC) mở rộng xưởng. Sản phẩm do "
                   "Công ty TNHH Chế biến và Xuất khẩu hạt điều Phú Lâm đóng gói.")
    assert [o.written for o in ex.organizations] == [
        "Công ty TNHH Chế biến và Xuất khẩu hạt điều Phú Lâm"] * 2


def test_a_shortened_name_is_the_one_body_the_report_names_in_full():
    ex = officials("Ban Chỉ đạo Phòng chống thiên tai Trung ương họp. Ban Chỉ đạo yêu cầu các tỉnh báo cáo.")
    assert {o.name for o in ex.organizations} == {"Ban Chỉ đạo Phòng chống thiên tai Trung ương"}


def test_a_fixed_name_is_not_shortened_from_a_foreign_body():
    ex = officials("Chủ tịch Quốc hội tiếp Chủ tịch Quốc hội Myanmar.")
    assert {o.name for o in ex.organizations} == {"Quốc hội", "Quốc hội Myanmar"}


def test_bodies_of_every_level_or_several_places_are_no_one_body():
    ex = officials("UBKT các cấp đã kiểm tra; Ban Thường vụ các cấp ủy quản lý; Chủ tịch UBND cấp xã và "
                   "UBKT Tỉnh ủy các tỉnh Điện Biên, Yên Bái báo cáo; các tỉnh ủy, thành ủy và UBND các "
                   "huyện thực hiện.")
    assert ex.organizations == []


def test_centres_museums_factories_and_youth_unions():
    ex = officials("Ông Lê Văn Hà, Bí thư Huyện đoàn Krông Bông, thăm Trung tâm bảo trợ xã hội tỉnh Đắk "
                   "Lắk, Bảo tàng lịch sử quân sự Việt Nam, Nhà máy giấy Hòa Bình và Hiệp hội Doanh nghiệp "
                   "dịch vụ hậu cần Việt Nam.")
    assert {o.written for o in ex.organizations} == {
        "Huyện đoàn Krông Bông", "Trung tâm bảo trợ xã hội tỉnh Đắk Lắk", "Bảo tàng lịch sử quân sự Việt Nam",
        "Nhà máy giấy Hòa Bình", "Hiệp hội Doanh nghiệp dịch vụ hậu cần Việt Nam"}


def test_police_and_inspectorates_are_bodies_by_their_place():
    ex = officials("Chi cục phối hợp với Công an tỉnh và Thanh tra huyện kiểm tra.", province="Nghệ An")
    assert {o.written for o in ex.organizations} == {"Công an tỉnh", "Thanh tra huyện"}


def test_party_committees_in_lower_case_with_no_place_are_a_kind():
    ex = officials("Ban Thường vụ quận ủy, huyện ủy cần bố trí; ban cán sự của tỉnh ủy, thành ủy trực thuộc "
                   "Trung ương được kiện toàn.")
    assert ex.organizations == []


def test_a_steering_committee_named_in_lower_case_up_to_its_place():
    ex = officials("Ban Chỉ đạo phòng, chống tham nhũng tỉnh Hà Nam và Ban chỉ đạo phòng, chống dịch Covid-19 "
                   "huyện Kim Bảng họp; Trường Trung cấp nghề Dân tộc nội trú tỉnh dự.")
    assert {o.written for o in ex.organizations} == {
        "Ban Chỉ đạo phòng, chống tham nhũng tỉnh Hà Nam", "Ban chỉ đạo phòng, chống dịch Covid-19 huyện Kim Bảng",
        "Trường Trung cấp nghề Dân tộc nội trú tỉnh"}


def test_bodies_of_a_list_of_levels_are_a_kind():
    ex = officials("UBND xã - phường và HĐND huyện, thị xã triển khai.")
    assert ex.organizations == []


def test_a_foreign_state_after_a_title_is_not_a_person():
    ex = officials("Đại biểu CHDCND Triều Tiên phát biểu.")
    assert persons_of(ex) == []


def test_an_apposition_or_an_alternative_ends_a_name():
    ex = officials("Ông viết cho Tạp chí Xây Dựng - Cơ quan lý luận của ngành; Tổng cục Thủy sản hay Bộ Công "
                   "Thương đều nhận; Hiệp hội Cà phê chỉ mang tính nghề nghiệp.")
    assert {o.written for o in ex.organizations} == {
        "Tạp chí Xây Dựng", "Tổng cục Thủy sản", "Bộ Công Thương", "Hiệp hội Cà phê"}


def test_a_bloc_committee_of_all_central_agencies():
    ex = officials("Ông Lê Văn An, Bí thư Đảng ủy Khối các cơ quan Trung ương, phát biểu.")
    assert [o.written for o in ex.organizations] == ["Đảng ủy Khối các cơ quan Trung ương"]


def test_a_run_of_titles_gives_its_province_to_the_body_written_without_one():
    ex = officials("Kỷ luật bà Lê Thị Hoa, Phó Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh Đồng Nai. "
                   "UBND tỉnh Khánh Hòa và Tỉnh ủy Khánh Hòa họp.")
    assert _orgs(ex)["Tỉnh ủy"].name == "Tỉnh ủy Đồng Nai"


def test_a_province_named_later_in_the_sentence_after_a_verb_is_not_the_bodys():
    ex = officials("Bí thư Tỉnh ủy Nguyễn Văn An tiếp đoàn công tác tỉnh Đồng Nai.", province="Khánh Hòa")
    assert _orgs(ex)["Tỉnh ủy"].name == "Tỉnh ủy Khánh Hòa"


def test_another_countrys_communist_party_is_not_ours():
    ex = officials("Ông Tống Minh, Trưởng Ban Liên lạc đối ngoại Trung ương Đảng Cộng sản Trung Quốc, thăm "
                   "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam.")
    assert {o.name for o in ex.organizations} == {
        "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc",
        "Ban Liên lạc đối ngoại Trung ương Đảng Cộng sản Trung Quốc", "Ban Chấp hành Trung ương Đảng"}


def test_a_verb_or_a_place_ends_a_lower_case_run():
    ex = officials("Nước thải của Công ty Sông Lam vào suối Cát (nguồn nước). Bà học Trường Đại học Khoa học "
                   "xã hội và nhân văn thành phố Cần Thơ.")
    assert {o.written for o in ex.organizations} == {
        "Công ty Sông Lam", "Trường Đại học Khoa học xã hội và nhân văn"}


def test_companies_and_banks_named_in_lower_case_up_to_a_capital():
    ex = officials("Ông Lê Văn An công tác tại Tập đoàn dầu khí quốc gia Việt Nam, Tổng Công ty Hàng không Việt Nam "
                   "và Ngân hàng chính sách xã hội Việt Nam. Công ty vi phạm quy định.")
    assert {o.written for o in ex.organizations} == {
        "Tập đoàn dầu khí quốc gia Việt Nam", "Tổng Công ty Hàng không Việt Nam",
        "Ngân hàng chính sách xã hội Việt Nam"}


def test_a_party_committee_named_by_its_level_word_alone():
    ex = officials("Ông Lê Văn An, Phó Bí thư, Chủ tịch UBND tỉnh, dự.")
    assert "Tỉnh ủy tỉnh" not in {o.name for o in ex.organizations}


def test_a_name_ends_before_is_or_said():
    ex = officials("Trưởng Ban Tiếp công dân là ông Trần Văn Long. Tổng cục Quản lý đất đai cho biết sẽ làm.")
    assert {o.written for o in ex.organizations} == {"Ban Tiếp công dân", "Tổng cục Quản lý đất đai"}


def test_titles_and_bodies_run_on_to_a_district_that_gives_the_province():
    ex = officials("Bà Lê Thị Hoa, Tỉnh ủy viên, Giám đốc Sở Công thương, Bí thư Huyện ủy Nhơn Trạch, vi phạm. "
                   "UBND tỉnh Khánh Hòa và Tỉnh ủy Khánh Hòa họp.")
    assert _orgs(ex)["Sở Công thương"].name == "Sở Công Thương tỉnh Đồng Nai"


def test_a_heading_in_capitals_is_no_body_and_organise_is_a_verb():
    ex = officials("III- NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU. Ban Chỉ đạo Cải cách hành chính Trung ương tổ chức "
                   "Phiên họp thứ 20.")
    assert {o.written for o in ex.organizations} == {"Ban Chỉ đạo Cải cách hành chính Trung ương"}


def test_a_board_of_a_company_known_by_its_brand():
    ex = officials("Hội đồng quản trị SeaLand họp; Chủ tịch HĐQT Ana Bell dự.")
    assert "Hội đồng quản trị SeaLand" in {o.name for o in ex.organizations}
    assert persons_of(ex) == ["Ana Bell"]


def test_associations_named_in_lower_case_up_to_their_place():
    ex = officials("Hội nạn nhân chất độc da cam xã Bình An và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh "
                   "Phú Thọ dự. Hội nghị khai mạc; Hội viên tham gia.")
    assert {o.written for o in ex.organizations} == {
        "Hội nạn nhân chất độc da cam xã Bình An", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Thọ"}


def test_a_sentence_glued_to_a_name_ends_it():
    ex = officials("Ảnh: Báo Quân Đội Ngay sau khi thành lập. Ông Trúc, Chủ tịch Liên minh HTX Dịch vụ Nông nghiệp "
                   "Tổng hợp Đồng Nai, dự.")
    assert {o.written for o in ex.organizations} == {
        "Báo Quân Đội", "Liên minh HTX Dịch vụ Nông nghiệp Tổng hợp Đồng Nai"}


def test_a_short_form_inside_the_full_name_itself_is_part_of_it():
    """Found by the hostile property suite: the short form expanded into a full name that holds it."""
    ex = officials("Ban Chỉ đạo Tỉnh ủy Ban Chỉ đạo họp.")
    # the unit's name is the body it belongs to ("Ban Chỉ đạo" of the "Tỉnh ủy"), then the short form
    # again: read once each, and the short form is not expanded into the name before it
    assert {m.name for m in ex.organizations} == {"Ban Chỉ đạo Tỉnh ủy", "Tỉnh ủy", "Ban Chỉ đạo"}


def test_a_body_written_with_its_term_in_running_text_keeps_the_termed_name():
    ex = officials("Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII và Ủy ban Kiểm tra Trung "
                   "ương khóa XII đã họp.")
    got = {o.name: o.alt_names for o in ex.organizations}
    assert got["Ban Chấp hành Trung ương Đảng"] == ["Ban Chấp hành Trung ương Đảng khóa XII"]
    assert got["Ủy ban Kiểm tra Trung ương"] == ["Ủy ban Kiểm tra Trung ương khóa XII"]


def test_after_a_role_the_term_is_no_part_of_the_bodys_name_but_one_of_its_labels():
    """The post is the body's without the term; the body node, one across its terms
    (tests/test_terms16.py), keeps the termed name the text wrote (sixteenth round)."""
    ex = officials("Ông Lê Văn An, Ủy viên Bộ Chính trị khóa XII, phát biểu.")
    got = {o.name: o.alt_names for o in ex.organizations}
    assert got == {"Bộ Chính trị": ["Bộ Chính trị khóa XII"]}


def test_a_unit_written_alone_is_no_body_of_the_report():
    ex = officials("Năm 2015, ông được điều động về Văn phòng Tỉnh ủy Nghệ An. Ban Chấp hành đã làm việc với "
                   "Văn phòng.")
    assert {o.name for o in ex.organizations} == {"Văn phòng Tỉnh ủy Nghệ An", "Tỉnh ủy Nghệ An"}


def test_trung_uong_ending_a_units_name_is_its_level_not_a_body_of_the_report():
    ex = officials("Ông Lê Văn An, Phó trưởng Ban Tuyên giáo Trung ương, làm việc với Ủy ban Kiểm tra T.Ư.")
    got = {o.name: o for o in ex.organizations}
    assert set(got) == {"Ban Tuyên giáo Trung ương", "Ủy ban Kiểm tra Trung ương"}
    assert got["Ban Tuyên giáo Trung ương"].parent is None
    assert got["Ban Tuyên giáo Trung ương"].unwritten_parent.name == "Ban Chấp hành Trung ương Đảng"
    assert got["Ban Tuyên giáo Trung ương"].category == "party"


def test_trung_uong_after_a_member_role_is_the_central_committee():
    ex = officials("Ông Lê Văn An, Ủy viên Trung ương Đảng, Trưởng Ban Tổ chức Trung ương, phát biểu.")
    assert {o.name for o in ex.organizations} == {"Ban Chấp hành Trung ương Đảng", "Ban Tổ chức Trung ương"}


def test_a_politburo_or_a_delegation_named_with_its_country_is_that_countrys():
    ex = officials("Ông được bầu vào Bộ Chính trị Cuba; đoàn Đại biểu Quốc hội Romania thăm Bộ Chính trị.")
    got = {o.written: o for o in ex.organizations}
    assert got["Bộ Chính trị Cuba"].name == "Bộ Chính trị Cuba" and got["Bộ Chính trị Cuba"].parent is None
    assert got["đoàn Đại biểu Quốc hội Romania"].name == "Đoàn đại biểu Quốc hội Romania"
    assert got["Bộ Chính trị"].name == "Bộ Chính trị"


def test_the_subject_of_a_law_in_lower_case_is_no_body():
    ex = officials("Quốc hội thông qua Luật kiểm toán nhà nước và Luật ngân sách.")
    assert {o.name for o in ex.organizations} == {"Quốc hội"}


def test_a_committee_named_by_its_subject_after_a_capital_ve():
    ex = officials("Bà Trần Thị Hoa, Ủy viên Thường trực Ủy ban Về các vấn đề xã hội của Quốc hội, phát biểu.")
    # the Assembly's committee written with "về" is the committee of organizations.tsv, of the Quốc hội
    assert posts_of(ex) == {("Trần Thị Hoa", "Ủy viên Thường trực", "Ủy ban Về các vấn đề xã hội của Quốc hội")}
    assert {o.name for o in ex.organizations} == {"Quốc hội", "Ủy ban Các vấn đề xã hội của Quốc hội"}


def test_a_standing_board_written_without_ban_before_its_party_committee():
    ex = officials("Ủy viên Thường vụ Tỉnh ủy Yên Bái Lê Văn Bình dự. Ông Trần Văn Hải, Ủy viên Thường vụ "
                   "Thành ủy, phát biểu. Thường vụ Quốc hội cho ý kiến.")
    assert posts_of(ex) == {("Lê Văn Bình", "Ủy viên", "Thường vụ Tỉnh ủy Yên Bái"),
                            ("Trần Văn Hải", "Ủy viên", "Thường vụ Thành ủy")}
    assert "Thường vụ" not in {o.written for o in ex.organizations}
